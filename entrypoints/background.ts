import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../src/extension/background';

export default defineBackground(() => {
  startBackground();
});
