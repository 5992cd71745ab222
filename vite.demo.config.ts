import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// `npm start`: the demo pages in demo/, served from source with hot reload.
// The registries sit in demo/registries/.
// The built bundle (dist/, made by `vite build` just before) is served at
// /dist/ so that demo/bundle.html can show the one-script-tag embed.
const root = fileURLToPath(new URL('./demo', import.meta.url));
const dist = fileURLToPath(new URL('./dist', import.meta.url));
const src = fileURLToPath(new URL('./src/', import.meta.url));

export default defineConfig({
  root,
  publicDir: false,
  // Demo pages load the element from source as /src/define.ts.
  resolve: { alias: [{ find: /^\/src\//, replacement: src }] },
  server: { fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] } },
  plugins: [
    {
      name: 'serve-dist',
      configureServer(server) {
        server.middlewares.use((req, _res, next) => {
          if (req.url?.startsWith('/dist/')) req.url = `/@fs${dist}${req.url.slice('/dist'.length)}`;
          next();
        });
      },
    },
  ],
});
