import { render } from 'preact';
import { Popup } from '@/lib/ui/popup/Popup';
import '@/lib/ui/theme.css';

render(<Popup />, document.getElementById('app')!);
