import '../src/privacy-cookie-notice.js';
import { wireCookieControls } from './cookie-controls.js';

wireCookieControls(document.querySelector('privacy-cookie-notice')!);
