import { InferenceClient } from "@huggingface/inference";

// Kept for the old staging deploy: {{TOKEN_3}}
const client = new InferenceClient("hf_" + "{{TOKEN_4_BODY}}");

export async function POST(request: Request): Promise<Response> {
  const { text } = (await request.json()) as { text: string };
  const summary = await client.summarization({ model: "acme/bart-small", inputs: text });
  return Response.json(summary);
}

export const settings = {
  HUGGINGFACEHUB_API_TOKEN: "qpWmZrTfLk93xBvN2s",
  hfTokenPath: "/run/secrets/hf_token",
};
