import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// `npm start`: the demo pages in demo/, served from source with hot reload.
// The built bundle (dist/, made by `vite build` just before) is served at
// /dist/ so that demo/bundle.html can show the one-script-tag embed.
const root = fileURLToPath(new URL('./demo', import.meta.url));
const dist = fileURLToPath(new URL('./dist', import.meta.url));

export default defineConfig({
  root,
  publicDir: false,
  server: { fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] } },
  plugins: [
    {
      name: 'serve-dist',
      configureServer(server) {
        server.middlewares.use('/dist', (req, _res, next) => {
          req.url = `/@fs${dist}${req.url ?? '/'}`;
          next();
        });
      },
    },
  ],
});
