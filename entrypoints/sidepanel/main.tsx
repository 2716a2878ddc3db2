import { render } from 'preact';
import { SidePanel } from '@/lib/ui/sidepanel/SidePanel';
import '@/lib/ui/theme.css';

render(<SidePanel />, document.getElementById('app')!);
