// The rotation inventory: every read of a Hugging Face token variable, listed by the inventory formatter.
import hfSecrets from "eslint-plugin-hf-secrets";

export default [...hfSecrets.configs.inventory];
