import type { Sourced } from "./sources";

/**
 * Hosts that may receive a Hugging Face token: Hugging Face's own. A pattern is a host name, or
 * `*.` and a domain for any subdomain of it (not the domain itself).
 */
export interface HuggingFaceHost extends Sourced {
  readonly pattern: string;
}

export const HUGGING_FACE_HOST_TABLE: readonly HuggingFaceHost[] = [
  { pattern: "huggingface.co", source: "huggingface_hub 2.0.0 constants.py `_HF_DEFAULT_ENDPOINT`, `HF_URL_HOSTS`" },
  { pattern: "*.huggingface.co", source: "huggingface_hub 2.0.0 constants.py: `router.huggingface.co` (INFERENCE_PROXY_TEMPLATE), `api-inference.`, `datasets-server.`, `endpoints.`, `hub-ci.`" },
  { pattern: "hf.co", source: "huggingface_hub 2.0.0 constants.py `HF_URL_HOSTS` (the short domain)" },
  { pattern: "*.hf.co", source: "Hugging Face's short domain: `router.hf.co` and Xet storage hosts" },
  { pattern: "*.hf.space", source: "huggingface_hub 2.0.0 _webhooks_server.py and cli/spaces.py: Spaces are served at `{user}-{space}.hf.space`" },
  { pattern: "*.endpoints.huggingface.cloud", source: "huggingface_hub 2.0.0 constants.py `INFERENCE_ENDPOINTS_ENDPOINT`; dedicated Inference Endpoints' URLs" },
];
