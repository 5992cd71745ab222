// @ts-check
/**
 * The browser tests in WebKit (Debian's WebKitGTK MiniBrowser), through
 * WebKitWebDriver. MiniBrowser has no headless mode, so this needs an X
 * display: `npm run test:webkit` starts Xvfb and the driver, then runs this
 * config. Needs: apt-get install webkit2gtk-driver xvfb xauth.
 */
import base from './web-test-runner.config.mjs';
import { webdriverLauncher } from '@web/test-runner-webdriver';

const port = Number(process.env.WEBKIT_DRIVER_PORT ?? 4444);

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  ...base,
  concurrency: 1,
  browsers: [
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'warn',
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio 9 otherwise asks for BiDi, which WebKitWebDriver refuses.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
};
