import type { Sourced } from "./sources";

/**
 * Python libraries whose docs show a Hugging Face token going in, that the generator does not read
 * (not on this machine's package index, or their token parameters come through `**kwargs` to
 * `huggingface_hub`; sentence-transformers and timm are generated, scripts/generate-python-token-slots.py;
 * diffusers, gradio_client and smolagents are generated from repository snapshots too, and stay here
 * for their former keywords, as gradio_client 0.x's `hf_token`, and calls the snapshot does not name): in a file that imports one, a call made through a name it imports from that
 * library (`StableDiffusionPipeline.from_pretrained(…)`, `timm.models.push_to_hf_hub(…)`) gives
 * the token to these keywords.
 */
export interface PythonHfLibrary extends Sourced {
  /** The module, or a module prefix (`llama_index.llms.huggingface_api`). */
  readonly module: string;
  readonly keywords: readonly string[];
}

export const PYTHON_HF_LIBRARIES: readonly PythonHfLibrary[] = [
  { module: "diffusers", keywords: ["token", "use_auth_token"], source: "diffusers docs, DiffusionPipeline.from_pretrained and ModelMixin.from_pretrained: `token` (and the deprecated `use_auth_token`), \"the token to use as HTTP bearer authorization for remote files\"" },
  { module: "gradio_client", keywords: ["hf_token", "token"], source: "gradio_client docs, Client(src, hf_token=…) (0.x) and Client(src, token=…) (1.x): the token for private Spaces" },
  { module: "smolagents", keywords: ["token"], source: "smolagents docs, InferenceClientModel(model_id, token=…) (and HfApiModel, its former name): \"Token used by the Hugging Face API\"" },
  { module: "llama_index.llms.huggingface_api", keywords: ["token"], source: "llama-index-llms-huggingface-api docs, HuggingFaceInferenceAPI(…, token=…)" },
  { module: "llama_index.embeddings.huggingface_api", keywords: ["token"], source: "llama-index-embeddings-huggingface-api docs, HuggingFaceInferenceAPIEmbedding(…, token=…)" },
  { module: "optimum", keywords: ["token", "use_auth_token"], source: "optimum docs, OptimizedModel.from_pretrained(model_id, …, token=…)" },
  { module: "setfit", keywords: ["token", "use_auth_token"], source: "setfit docs, SetFitModel.from_pretrained(…, token=…), as transformers' from_pretrained" },
  { module: "tokenizers", keywords: ["token"], source: "tokenizers docs, Tokenizer.from_pretrained(identifier, revision, token=…)" },
  { module: "trl", keywords: ["token", "hub_token"], source: "trl docs: trainers take transformers' TrainingArguments (`hub_token`) and push_to_hub(token=…)" },
  { module: "haystack.components", keywords: ["token"], source: "Haystack 2.x docs: HuggingFaceAPIGenerator, HuggingFaceAPIChatGenerator, HuggingFaceLocalGenerator, HuggingFaceAPITextEmbedder and HuggingFaceAPIDocumentEmbedder take `token: Secret` (docs.haystack.deepset.ai, Generators and Embedders)" },
];

/**
 * Calls that wrap a literal as a secret, given where a token goes: the literal inside is the
 * token (`token=Secret.from_token("…")`, `huggingfacehub_api_token=SecretStr("…")`).
 */
export const PYTHON_SECRET_WRAPPERS: readonly (Sourced & { readonly callee: string })[] = [
  { callee: "Secret.from_token", source: "Haystack 2.x docs, Secret Management (`Secret.from_token(\"<token>\")`, a token-based secret)" },
  { callee: "SecretStr", source: "pydantic 2 docs, Secret types (`SecretStr(\"…\")`), as LangChain's `huggingfacehub_api_token` and other `SecretStr` fields take it" },
];
