// A second service that reads the token: the rotation inventory lists it under its own package.
import { InferenceClient } from "@huggingface/inference";

const { HUGGINGFACEHUB_API_TOKEN } = process.env;
const client = new InferenceClient(process.env.HF_TOKEN);

export async function embed(texts: string[]): Promise<unknown> {
  const response = await fetch("https://router.huggingface.co/hf-inference/models/BAAI/bge-small-en-v1.5/pipeline/feature-extraction", {
    method: "POST",
    headers: { Authorization: `Bearer ${HUGGINGFACEHUB_API_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ inputs: texts }),
  });
  return response.ok ? response.json() : client.featureExtraction({ model: "BAAI/bge-small-en-v1.5", inputs: texts });
}
