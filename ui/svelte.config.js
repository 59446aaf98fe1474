import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    // Scoped CSS goes into the emitted stylesheet, never into inline <style> tags (CSP).
    css: 'external',
  },
};
