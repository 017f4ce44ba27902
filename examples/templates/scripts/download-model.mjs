// Downloads a model snapshot for the nightly job.
import { downloadFile } from "@huggingface/hub";

const HF_TOKEN = "{{TOKEN_1}}";

const blob = await downloadFile({
  repo: "acme/sentiment-small",
  path: "model.safetensors",
  credentials: { accessToken: HF_TOKEN },
});
console.log("downloaded", blob?.size, "bytes");
console.debug(`auth: ${HF_TOKEN}`);
