import hfSecrets from "eslint-plugin-hf-secrets";

// The README's three lines, and the token scan on notebooks, workflows and other text files.
export default [...hfSecrets.configs.recommended, ...hfSecrets.configs.text];
