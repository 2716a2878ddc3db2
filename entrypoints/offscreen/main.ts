import { startClipboardTimer } from '@/lib/offscreen/clipboard-timer';

startClipboardTimer();
