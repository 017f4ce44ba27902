import type { Sourced } from "./sources";

/** Env-var prefixes that bundlers write into browser code, who does it, and where they say so. */
export interface PublicEnvPrefix extends Sourced {
  readonly prefix: string;
  readonly framework: string;
}

export const PUBLIC_ENV_PREFIX_TABLE: readonly PublicEnvPrefix[] = [
  { prefix: "VITE_", framework: "Vite", source: "vite.dev/guide/env-and-mode (envPrefix default)" },
  { prefix: "NEXT_PUBLIC_", framework: "Next.js", source: "nextjs.org/docs/app/guides/environment-variables#bundling-environment-variables-for-the-browser" },
  { prefix: "REACT_APP_", framework: "Create React App", source: "create-react-app.dev/docs/adding-custom-environment-variables" },
  { prefix: "PUBLIC_", framework: "SvelteKit and Astro", source: "svelte.dev/docs/kit/$env-static-public; docs.astro.build/en/guides/environment-variables" },
  { prefix: "NUXT_PUBLIC_", framework: "Nuxt", source: "nuxt.com/docs/guide/going-further/runtime-config#environment-variables" },
  { prefix: "EXPO_PUBLIC_", framework: "Expo", source: "docs.expo.dev/guides/environment-variables" },
  { prefix: "GATSBY_", framework: "Gatsby", source: "gatsbyjs.com/docs/how-to/local-development/environment-variables/#accessing-environment-variables-in-the-browser" },
  { prefix: "VUE_APP_", framework: "Vue CLI", source: "cli.vuejs.org/guide/mode-and-env.html#using-env-variables-in-client-side-code" },
];
