import { defineConfig } from 'vitest/config';

// The built pages go straight into the jar's classpath under META-INF/resources, which Spring Boot
// serves at "/". `npm run dev` proxies the API to the mock server (dev/mock-server.mjs) on port 5174.
const mockServer = process.env.FUNDFLOW_API ?? 'http://127.0.0.1:5174';

export default defineConfig({
  base: './',
  build: {
    outDir: '../../../target/classes/META-INF/resources',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: {
      '/api': mockServer,
      '/auth': mockServer,
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
