import { render } from 'preact';
import { Popup } from '@/lib/ui/popup/Popup';
import '@/lib/ui/theme.css';
import { uiLocale } from '@/lib/i18n';

// Screen readers, fonts and hyphenation follow the language the page is written in.
document.documentElement.lang = uiLocale();

render(<Popup />, document.getElementById('app')!);
