import { render } from 'preact';
import { SidePanel } from '@/lib/ui/sidepanel/SidePanel';
import '@/lib/ui/theme.css';
import { uiLocale } from '@/lib/i18n';

// Screen readers, fonts and hyphenation follow the language the page is written in.
document.documentElement.lang = uiLocale();

render(<SidePanel />, document.getElementById('app')!);
