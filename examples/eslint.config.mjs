import hfSecrets from "eslint-plugin-hf-secrets";

export default [...hfSecrets.configs.recommended];
