import { describe, expect, it } from "vitest";
import { PYTHON_TOKEN_PACKAGES, PYTHON_TOKEN_SLOTS } from "../../src/catalogue/python-token-slots";
import { PYTHON_SNAPSHOT_TOKEN_PACKAGES, PYTHON_SNAPSHOT_TOKEN_SLOTS } from "../../src/catalogue/python-snapshot-token-slots";

/** Every generated Python slot: from the installed libraries and from the repository snapshots. */
const ALL_PYTHON_SLOTS = [...PYTHON_TOKEN_SLOTS, ...PYTHON_SNAPSHOT_TOKEN_SLOTS];
import { findTextSinks, isHfTokenName, type TextSinkFormat } from "../../src/core";
import { PYTHON_HF_LIBRARIES, PYTHON_SECRET_WRAPPERS } from "../../src/catalogue/python-libraries";
import { pythonCallArguments, pythonImports, withoutComments } from "../../src/core/python-calls";
import { HUGGING_FACE_PROVIDER_NAMES, MODEL_ROUTES, PYTHON_CLIENT_OPTION_KEYS } from "../../src/catalogue/requests";

/*
 * Values given to token slots in text files. The Python slots are walked from the catalogue
 * (generated from the libraries' source): every slot is found by keyword, by position where it
 * has one, and not in a file that imports none of the libraries.
 */
const SECRET = "qpWmZrTfLk93xBvQ";

function sinksOf(text: string, format: TextSinkFormat): { name: string; value: string }[] {
  return findTextSinks(text, format).map(({ name, value }) => ({ name, value }));
}

describe("the Python token slots of the catalogue", () => {
  it("lists the slots the libraries' docs show", () => {
    const has = (callee: string, parameter: string) => PYTHON_TOKEN_SLOTS.some((slot) => slot.callee === callee && slot.parameter === parameter);
    expect(has("login", "token")).toBe(true);
    expect(has("InferenceClient", "api_key")).toBe(true);
    expect(has("snapshot_download", "token")).toBe(true);
    expect(has("from_pretrained", "token")).toBe(true);
    expect(has("load_dataset", "token")).toBe(true);
    expect(has("HuggingFaceEndpoint", "huggingfacehub_api_token")).toBe(true);
    expect(has("SentenceTransformer", "token")).toBe(true);
    // Documented by no docstring: the parameter is handed on to huggingface_hub (`HfApi(token=token)`).
    expect(has("push_to_hf_hub", "token")).toBe(true);
    expect(PYTHON_TOKEN_SLOTS.every((slot) => /^(?:huggingface-hub|transformers|datasets|langchain-huggingface|peft|sentence-transformers|timm|langchain-community|open-clip-torch) \S+ \S+\.py$/.test(slot.source))).toBe(true);
  });

  it("the snapshot libraries are read at their pinned commits, and a key every provider's client takes counts only in a Hugging Face module", () => {
    expect(PYTHON_SNAPSHOT_TOKEN_SLOTS.every((slot) => /^(?:smolagents|gradio_client|diffusers) \S+@[0-9a-f]{7} \S+\.py$/.test(slot.source))).toBe(true);
    expect(PYTHON_SNAPSHOT_TOKEN_PACKAGES).toEqual(["diffusers", "gradio_client", "smolagents"]);
    const has = (callee: string, parameter: string) => PYTHON_SNAPSHOT_TOKEN_SLOTS.some((slot) => slot.callee === callee && slot.parameter === parameter);
    expect(has("InferenceClientModel", "token")).toBe(true);
    expect(has("Client", "token")).toBe(true);
    // diffusers takes the token through `**kwargs` (`kwargs.pop("token", None)`).
    expect(has("from_pretrained", "token")).toBe(true);
    // smolagents' clients for other providers take their own keys.
    expect(has("OpenAIModel", "api_key")).toBe(false);
    for (const slot of ALL_PYTHON_SLOTS.filter((candidate) => candidate.parameter === "api_key" || candidate.parameter === "access_token")) {
      expect(slot.source).toMatch(/huggingface_hub\/|langchain_huggingface\/|langchain_community\/\S*hugging/);
    }
  });

  it("a library for every provider is read only in its Hugging Face modules, and its Hugging Face classes make a file about Hugging Face", () => {
    expect(PYTHON_TOKEN_SLOTS.filter((slot) => slot.source.startsWith("langchain-community ")).every((slot) => /hugging/.test(slot.source))).toBe(true);
    expect(PYTHON_TOKEN_PACKAGES).not.toContain("langchain_community");
    const call = `embeddings = HuggingFaceInferenceAPIEmbeddings(api_key="${SECRET}", model_name="m")\n`;
    expect(sinksOf(`from langchain_community.embeddings import HuggingFaceInferenceAPIEmbeddings\n${call}`, "python")).toContainEqual({ name: "HuggingFaceInferenceAPIEmbeddings(api_key=)", value: SECRET });
    expect(sinksOf(`from langchain_community.embeddings import (\n    OpenAIEmbeddings,\n    HuggingFaceInferenceAPIEmbeddings,\n)\n${call}`, "python")).toContainEqual({ name: "HuggingFaceInferenceAPIEmbeddings(api_key=)", value: SECRET });
    // Another provider's class from the same library says nothing about Hugging Face.
    expect(sinksOf(`from langchain_community.chat_models import ChatOpenAI\nresult = login(token="${SECRET}")\n`, "python")).toEqual([]);
  });

  const importLine = `from ${PYTHON_TOKEN_PACKAGES[0]} import something\n`;

  it.each(ALL_PYTHON_SLOTS.map((slot) => [slot.callee, slot.parameter, slot] as const))("%s(%s=…) is a sink by keyword in a file about Hugging Face, and not elsewhere", (callee, parameter) => {
    const call = `result = ${callee}(${parameter}="${SECRET}")\n`;
    expect(sinksOf(`${importLine}${call}`, "python")).toContainEqual({ name: `${callee}(${parameter}=)`, value: SECRET });
    const legacy = /^(?:HfApi|InferenceClient|save_token|hf_hub_download|snapshot_download)$/.test(callee) && parameter === "token";
    // A keyword that names a Hugging Face token (`huggingfacehub_api_token=`) is one in any call.
    if (!legacy && !isHfTokenName(parameter)) expect(sinksOf(`import requests\n${call}`, "python")).toEqual([]);
  });

  // As formatters (Black, Ruff) write a call too long for one line: an argument a line, comments between them.
  it.each(ALL_PYTHON_SLOTS.map((slot) => [slot.callee, slot.parameter, slot] as const))("%s(%s=…) is a sink in a call written over several lines", (callee, parameter) => {
    const call = `result = ${callee}(\n    # the ${parameter}, from the settings page (see #12)\n    ${parameter}="${SECRET}",  # a comment with "quotes", (parentheses and # signs\n    other=1,\n)\n`;
    const text = `${importLine}${call}`;
    const found = findTextSinks(text, "python");
    // A keyword that is a token name itself (`huggingfacehub_api_token=`) is found by its name first.
    expect(found.map((sink) => sink.value)).toEqual([SECRET]);
    for (const sink of found) expect(text.slice(sink.start, sink.end)).toBe(sink.value);
  });

  it.each(ALL_PYTHON_SLOTS.filter((slot) => slot.position !== null).map((slot) => [slot.callee, slot.position, slot] as const))("%s: a literal at position %i is a sink", (callee, position) => {
    const args = Array.from({ length: (position ?? 0) + 1 }, (_, index) => (index === position ? `"${SECRET}"` : "x"));
    const found = sinksOf(`${importLine}value = ${callee}(${args.join(", ")})\n`, "python");
    expect(found.map((sink) => sink.value)).toContain(SECRET);
  });
});

describe("Python clients aimed at Hugging Face (src/catalogue/requests.ts PYTHON_CLIENT_OPTION_KEYS)", () => {
  const endpoints = PYTHON_CLIENT_OPTION_KEYS.filter((entry) => entry.role === "endpoint").map((entry) => entry.key);
  const credentials = PYTHON_CLIENT_OPTION_KEYS.filter((entry) => entry.role === "credential").map((entry) => entry.key);
  const pairs = endpoints.flatMap((endpoint) => credentials.map((credential) => [endpoint, credential] as const));

  it.each(pairs)("%s on a Hugging Face host makes %s a token slot, whatever the file imports; elsewhere it is not", (endpoint, credential) => {
    const call = (url: string) => `client = Client(\n    ${endpoint}="${url}",  # the router\n    ${credential}="${SECRET}",\n)\n`;
    expect(sinksOf(call("https://router.huggingface.co/v1"), "python")).toEqual([{ name: `Client(${credential}=)`, value: SECRET }]);
    expect(sinksOf(call("https://my-endpoint.us-east-1.aws.endpoints.huggingface.cloud/v1/"), "python")).toEqual([{ name: `Client(${credential}=)`, value: SECRET }]);
    expect(sinksOf(call("https://api.openai.com/v1"), "python")).toEqual([]);
    expect(sinksOf(call("https://huggingface.co.example.net/v1"), "python")).toEqual([]);
  });
});

describe("Python calls routed to Hugging Face by their model (src/catalogue/requests.ts MODEL_ROUTES)", () => {
  const credentials = PYTHON_CLIENT_OPTION_KEYS.filter((entry) => entry.role === "credential").map((entry) => entry.key);
  const uses = MODEL_ROUTES.flatMap((route) => credentials.map((credential) => [route.prefix, route.key, credential] as const));

  it.each(uses)("a model named %s… (as %s= or first) makes %s a token slot; another provider's model does not", (prefix, key, credential) => {
    const byKey = (model: string) => `import litellm\nresponse = litellm.completion(\n    ${key}="${model}",\n    messages=messages,\n    ${credential}="${SECRET}",\n)\n`;
    const first = (model: string) => `import dspy\nlm = dspy.LM("${model}", ${credential}="${SECRET}")\n`;
    expect(sinksOf(byKey(`${prefix}meta-llama/Llama-3.1-8B-Instruct`), "python")).toEqual([{ name: `completion(${credential}=)`, value: SECRET }]);
    expect(sinksOf(first(`${prefix}together/deepseek-ai/DeepSeek-R1`), "python")).toEqual([{ name: `LM(${credential}=)`, value: SECRET }]);
    expect(sinksOf(byKey("openai/gpt-4o"), "python")).toEqual([]);
    expect(sinksOf(first("anthropic/claude-sonnet"), "python")).toEqual([]);
    // Named second, the model is some other argument.
    expect(sinksOf(`import x\nx.call("gpt", "${prefix}m", ${credential}="${SECRET}")\n`, "python")).toEqual([]);
  });
});

describe("an object whose provider or model says Hugging Face (src/catalogue/requests.ts HUGGING_FACE_PROVIDER_NAMES, MODEL_ROUTES)", () => {
  const SAYS = [
    ...HUGGING_FACE_PROVIDER_NAMES.map((provider) => ["provider", provider.name] as const),
    ...MODEL_ROUTES.map((route) => [route.key, `${route.prefix}meta-llama/Llama-3.1-8B-Instruct`] as const),
  ];

  it("every provider name and route starts as the text gate reads (hf, hugging)", () => {
    for (const [, value] of SAYS) expect(value.toLowerCase()).toMatch(/^(?:hf|hugging)/);
  });

  it.each(SAYS)("%s: %s makes a credential key beside it a token slot, above or below it, in YAML and JSON", (key, value) => {
    const name = "apiKey (beside a Hugging Face provider)";
    const yamlBelow = `models:\n  - title: Chat\n    ${key}: ${value}\n    apiKey: ${SECRET}\n  - title: Other\n    provider: openai\n`;
    const yamlAbove = `models:\n  - apiKey: ${SECRET}\n    ${key}: ${value}\n`;
    const json = `{\n  "models": [\n    {\n      "apiKey": "${SECRET}",\n      "${key}": "${value}"\n    }\n  ]\n}\n`;
    expect(sinksOf(yamlBelow, "yaml")).toEqual([{ name, value: SECRET }]);
    expect(sinksOf(yamlAbove, "yaml")).toEqual([{ name, value: SECRET }]);
    expect(sinksOf(json, "json")).toEqual([{ name, value: SECRET }]);
    const minified = `{"models":[{"title":"Chat","${key}":"${value}","apiKey":"${SECRET}"},{"provider":"openai","apiKey":"other-${SECRET}"}]}`;
    const found = findTextSinks(minified, "json");
    expect(found.map((sink) => sink.value)).toEqual([SECRET]);
    expect(minified.slice(found[0]?.start, found[0]?.end)).toBe(SECRET);
  });

  it("another provider, another item of the list, another object or a nested key is not beside it", () => {
    expect(sinksOf(`models:\n  - provider: openai\n    apiKey: ${SECRET}\n`, "yaml")).toEqual([]);
    expect(sinksOf(`models:\n  - provider: huggingface-inference-api\n    model: x\n  - provider: openai\n    apiKey: ${SECRET}\n`, "yaml")).toEqual([]);
    expect(sinksOf(`models:\n  - apiKey: ${SECRET}\n    provider: openai\n  - provider: huggingface\n`, "yaml")).toEqual([]);
    expect(sinksOf(`provider: huggingface\nsettings:\n  api_key: ${SECRET}\n`, "yaml")).toEqual([]);
    expect(sinksOf(`{\n  "a": {\n    "provider": "huggingface"\n  },\n  "b": {\n    "apiKey": "${SECRET}"\n  }\n}\n`, "json")).toEqual([]);
    expect(sinksOf(`model_list:\n  - litellm_params:\n      model: openai/gpt-4o\n      api_key: ${SECRET}\n`, "yaml")).toEqual([]);
  });
});

describe("pythonCallArguments", () => {
  it("reads positions, keywords, literals and their offsets, nested calls included", () => {
    const line = `api = HfApi(endpoint, token="${SECRET}", other=f(1, "x"))`;
    const [outer, inner] = pythonCallArguments(line);
    expect(outer?.callee).toBe("HfApi");
    expect(outer?.arguments.map((argument) => [argument.position, argument.keyword, argument.literal])).toEqual([
      [0, undefined, undefined],
      [undefined, "token", SECRET],
      [undefined, "other", undefined],
    ]);
    expect(line.slice(outer?.arguments[1]?.start, (outer?.arguments[1]?.start ?? 0) + SECRET.length)).toBe(SECRET);
    expect(inner?.callee).toBe("f");
  });

  it("reads a call over several lines, given the text without its comments", () => {
    const text = `client = InferenceClient(\n    "model",  # the model (see the docs)\n    # token="not this one"\n    token="${SECRET}",\n)`;
    const [call] = pythonCallArguments(withoutComments(text));
    expect(call?.arguments.map((argument) => [argument.position, argument.keyword, argument.literal])).toEqual([
      [0, undefined, "model"],
      [undefined, "token", SECRET],
    ]);
    expect(text.slice(call?.arguments[1]?.start, (call?.arguments[1]?.start ?? 0) + SECRET.length)).toBe(SECRET);
  });

  it("blanks comments and keeps every offset, strings with # included", () => {
    const text = ["a = \"# not a comment\"  # a comment", "b = '''", "# in a docstring", "''' # another", "c = 'it\\'s' # x"].join("\n");
    const blanked = withoutComments(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.split("\n")).toEqual(["a = \"# not a comment\"" + " ".repeat(13), "b = '''", "# in a docstring", "'''" + " ".repeat(10), "c = 'it\\'s'" + " ".repeat(4)]);
  });

  it("skips f-strings, escapes, comparisons and star arguments", () => {
    const [call] = pythonCallArguments(`login(f"{x}", "a\\"b", token == "y", *rest, token="z")`);
    expect(call?.arguments.map((argument) => argument.literal)).toEqual([undefined, undefined, undefined]);
  });
});

describe("text formats", () => {
  it("Dockerfile ENV and ARG, both forms", () => {
    expect(sinksOf(`FROM python:3.12\nENV HF_TOKEN=${SECRET} MODEL=m\nARG HUGGINGFACE_HUB_TOKEN="${SECRET}"\nENV HF_API_KEY ${SECRET}\nENV HF_TOKEN=$HF_TOKEN\n`, "dockerfile")).toEqual([
      { name: "HF_TOKEN", value: SECRET },
      { name: "HUGGINGFACE_HUB_TOKEN", value: SECRET },
      { name: "HF_API_KEY", value: SECRET },
    ]);
  });

  it(".netrc: the password of a Hugging Face machine, on one line or several", () => {
    expect(sinksOf(`machine huggingface.co login hf password ${SECRET}\nmachine github.com login me password other-secret-value\n`, "netrc")).toEqual([{ name: ".netrc password for huggingface.co", value: SECRET }]);
    expect(sinksOf(`machine hf.co\n  login hf\n  password ${SECRET}\n`, "netrc")).toEqual([{ name: ".netrc password for hf.co", value: SECRET }]);
  });

  it("docker compose environment lists and maps", () => {
    const compose = `services:\n  app:\n    environment:\n      - HF_TOKEN=${SECRET}\n      - MODEL=m\n  worker:\n    environment:\n      HUGGING_FACE_HUB_TOKEN: ${SECRET}\n`;
    expect(sinksOf(compose, "yaml")).toEqual([
      { name: "HF_TOKEN", value: SECRET },
      { name: "HUGGING_FACE_HUB_TOKEN", value: SECRET },
    ]);
  });

  it("a credential key inside a section about Hugging Face, in YAML and TOML", () => {
    expect(sinksOf(`huggingface:\n  repo: org/model\n  token: ${SECRET}\nother:\n  token: ${SECRET}\n`, "yaml")).toEqual([{ name: "huggingface.token", value: SECRET }]);
    expect(sinksOf(`[tool.huggingface]\ntoken = "${SECRET}"\n[tool.other]\ntoken = "${SECRET}"\n`, "toml")).toEqual([{ name: "[tool.huggingface] token", value: SECRET }]);
  });

  it("a credential key under a key about Hugging Face, in pretty-printed JSON", () => {
    const settings = JSON.stringify({ huggingface: { repo: "org/model", token: SECRET }, github: { token: SECRET } }, null, 2);
    expect(sinksOf(settings, "json")).toEqual([{ name: "huggingface.token", value: SECRET }]);
  });

  it("notebook magics, shell escapes and the CLI's --token", () => {
    const notebook = JSON.stringify({ cells: [{ cell_type: "code", source: [`%env HF_TOKEN=${SECRET}\n`, `!huggingface-cli login --token ${SECRET}\n`, `!export HUGGINGFACEHUB_API_TOKEN=${SECRET}`] }] }, null, 1);
    expect(sinksOf(notebook, "notebook").map((sink) => sink.name)).toEqual(["HF_TOKEN", "huggingface-cli --token", "HUGGINGFACEHUB_API_TOKEN"]);
    expect(sinksOf(`hf auth login --token=${SECRET}\nhf upload org/model . --token "${SECRET}"\n`, "env").map((sink) => sink.name)).toEqual(["hf --token", "hf --token"]);
  });

  it("Python code in a notebook cell, its quotes escaped by JSON", () => {
    const notebook = JSON.stringify({ cells: [{ cell_type: "code", source: ["from huggingface_hub import login\n", `login("${SECRET}")\n`] }] }, null, 1);
    const [sink] = findTextSinks(notebook, "notebook");
    expect(sink?.name).toBe("login(token=)");
    expect(notebook.slice(sink?.start, sink?.end)).toBe(SECRET);
  });

  it("environment writes in Python", () => {
    expect(sinksOf(`import os\nos.environ.setdefault("HF_TOKEN", "${SECRET}")\nos.putenv('HUGGING_FACE_HUB_TOKEN', '${SECRET}')\nos.environ.update(HF_TOKEN="${SECRET}")\n`, "python").map((sink) => sink.name)).toEqual([
      "HF_TOKEN",
      "HUGGING_FACE_HUB_TOKEN",
      "HF_TOKEN",
    ]);
  });
});

describe("a Bearer credential sent to Hugging Face, in every text format that sends requests", () => {
  const NAME = "Authorization: Bearer (a request to Hugging Face)";
  const HF = "https://router.huggingface.co/v1/chat/completions";
  const OTHER = "https://api.example.com/v1/chat/completions";
  const uses: Array<readonly [string, TextSinkFormat, (url: string, value: string) => string]> = [
    ["Python dict, URL in a constant above", "python", (url, value) => `import requests\nAPI_URL = "${url}"\nheaders = {"Authorization": "Bearer ${value}"}\nrequests.post(API_URL, headers=headers)\n`],
    ["Python single quotes", "python", (url, value) => `API_URL = '${url}'\nheaders = {'Authorization': 'Bearer ${value}'}\n`],
    ["shell curl over continued lines", "env", (url, value) => `curl ${url} \\\n  -H "Authorization: Bearer ${value}" \\\n  -d '{}'\n`],
    ["shell wget", "env", (url, value) => `wget --header="Authorization: Bearer ${value}" ${url}\n`],
    ["workflow run step", "yaml", (url, value) => `jobs:\n  ping:\n    steps:\n      - run: curl -H "Authorization: Bearer ${value}" ${url}\n`],
    ["Dockerfile RUN", "dockerfile", (url, value) => `FROM alpine\nRUN curl -H "Authorization: Bearer ${value}" ${url} -o model.bin\n`],
    ["notebook cell", "notebook", (url, value) => `{"cells":[{"source":["API_URL = \\"${url}\\"\\n","headers = {\\"Authorization\\": \\"Bearer ${value}\\"}\\n"]}]}`],
    ["JSON (an HTTP client's saved request)", "json", (url, value) => `{\n  "url": "${url}",\n  "headers": { "Authorization": "Bearer ${value}" }\n}\n`],
  ];
  it.each(uses)("%s: found beside a Hugging Face host, not beside another or a look-alike", (_name, format, use) => {
    expect(sinksOf(use(HF, SECRET), format)).toContainEqual({ name: NAME, value: SECRET });
    const text = use(HF, SECRET);
    for (const sink of findTextSinks(text, format).filter((found) => found.name === NAME)) expect(text.slice(sink.start, sink.end)).toBe(SECRET);
    expect(sinksOf(use(OTHER, SECRET), format)).toEqual([]);
    expect(sinksOf(use("https://huggingface.co.example.net/v1", SECRET), format)).toEqual([]);
  });

  it("Python: a name after the scheme, bound once in the file to a literal, is read where the literal is written", () => {
    const NAMED = (name: string) => `Authorization: Bearer (a request to Hugging Face, through \`${name}\`)`;
    const fString = `import requests\nAPI_URL = "${HF}"\nAPI_TOKEN = "${SECRET}"  # from the settings page\nheaders = {"Authorization": f"Bearer {API_TOKEN}"}\n`;
    const found = findTextSinks(fString, "python").filter((sink) => sink.name === NAMED("API_TOKEN"));
    expect(found.map((sink) => fString.slice(sink.start, sink.end))).toEqual([SECRET]);
    expect(sinksOf(`import requests\nkey: str = '${SECRET}'\nrequests.post("${HF}", headers={'Authorization': 'Bearer ' + key})\n`, "python")).toContainEqual({ name: NAMED("key"), value: SECRET });
    // Another host, a name bound more than once or to the environment, holds no literal of this header.
    expect(sinksOf(fString.replace(HF, OTHER), "python")).toEqual([]);
    expect(sinksOf(`${fString}API_TOKEN = "other"\n`, "python").filter((sink) => sink.name === NAMED("API_TOKEN"))).toEqual([]);
    expect(sinksOf(`import os\nAPI_URL = "${HF}"\nAPI_TOKEN = os.environ["HF_TOKEN"]\nheaders = {"Authorization": f"Bearer {API_TOKEN}"}\n`, "python")).toEqual([]);
  });

  it("reads no variable, f-string field or template as a literal", () => {
    expect(sinksOf(`curl ${HF} -H "Authorization: Bearer $HF_TOKEN"\n`, "env")).toEqual([]);
    expect(sinksOf(`curl ${HF} -H "Authorization: Bearer \${HF_TOKEN}"\n`, "env")).toEqual([]);
    expect(sinksOf(`API_URL = "${HF}"\nheaders = {"Authorization": f"Bearer {API_TOKEN}"}\n`, "python")).toEqual([]);
    expect(sinksOf(`      - run: curl -H "Authorization: Bearer \${{ secrets.HF_TOKEN }}" ${HF}\n`, "yaml")).toEqual([]);
  });

  it("in a shell script, only the command that names the host", () => {
    const far = `curl ${HF}\n${"# ...\n".repeat(200)}curl -H "Authorization: Bearer ${SECRET}" ${OTHER}\n`;
    expect(sinksOf(far, "env")).toEqual([]);
  });
});

describe("Python libraries the generator does not read (src/catalogue/python-libraries.ts)", () => {
  const uses = PYTHON_HF_LIBRARIES.flatMap((library) =>
    library.keywords.flatMap((keyword) => [
      [library.module, keyword, "from … import", (module: string) => `from ${module} import Thing as Made\nmodel = Made.from_pretrained(\n    "org/model",\n    ${keyword}="${SECRET}",\n)\n`],
      [library.module, keyword, "import … as", (module: string) => `import ${module} as lib\nlib.tools.push(model, ${keyword}="${SECRET}")\n`],
    ] as const),
  );
  it.each(uses)("%s, %s=: a sink in a call through a name it imports (%s), not through another library's", (module, keyword, _how, use) => {
    expect(sinksOf(use(module), "python").map((sink) => sink.value)).toContain(SECRET);
    const elsewhere = sinksOf(use("some_other_library"), "python");
    if (!isHfTokenName(keyword)) expect(elsewhere).toEqual([]);
  });

  it("reads the imports of a notebook's cells", () => {
    const notebook = `{"cells":[{"source":["from diffusers import StableDiffusionPipeline\\n","pipe = StableDiffusionPipeline.from_pretrained(\\"org/sd\\", token=\\"${SECRET}\\")\\n"]}]}`;
    expect(sinksOf(notebook, "notebook").map((sink) => sink.value)).toContain(SECRET);
  });
});

describe("a literal wrapped as a secret (src/catalogue/python-libraries.ts PYTHON_SECRET_WRAPPERS)", () => {
  const uses = PYTHON_SECRET_WRAPPERS.flatMap((wrapper) => [
    ["Haystack's Hugging Face component", wrapper.callee, `from haystack.components.generators import HuggingFaceAPIGenerator\ngenerator = HuggingFaceAPIGenerator(\n    api_type="serverless_inference_api",\n    token=${wrapper.callee}( "${SECRET}" ),\n)\n`],
    ["a keyword that names a token", wrapper.callee, `llm = HuggingFaceEndpoint(repo_id="m", huggingfacehub_api_token=${wrapper.callee}("${SECRET}"))\n`],
    ["a catalogue slot", wrapper.callee, `from huggingface_hub import login\nlogin(token=${wrapper.callee}('${SECRET}'))\n`],
  ] as const);
  it.each(uses)("%s given %s(…): the literal inside is the token, where it is written", (_name, _callee, text) => {
    const found = findTextSinks(text, "python").filter((sink) => sink.value === SECRET);
    expect(found.length).toBeGreaterThan(0);
    for (const sink of found) expect(text.slice(sink.start, sink.end)).toBe(SECRET);
  });
  it("a secret read from the environment, or a wrapper given elsewhere, holds no literal to report", () => {
    expect(sinksOf(`from haystack.components.generators import HuggingFaceAPIGenerator\ngenerator = HuggingFaceAPIGenerator(token=Secret.from_env_var("HF_TOKEN"))\n`, "python")).toEqual([]);
    expect(sinksOf(`from haystack.components.generators import OpenAIGenerator\nlabel = Secret.from_token("${SECRET}")\n`, "python")).toEqual([]);
  });
});

describe("Python keywords that name a Hugging Face token, in any call", () => {
  it.each(["hf_token", "huggingfacehub_api_token", "huggingface_token", "hf_api_key", "HF_TOKEN"])("%s=", (keyword) => {
    expect(sinksOf(`client = Client("abidlabs/whisper", ${keyword}="${SECRET}")\n`, "python")).toEqual([{ name: `Client(${keyword}=)`, value: SECRET }]);
  });
  it("not a keyword of another kind", () => {
    expect(sinksOf(`client = Client("abidlabs/whisper", token="${SECRET}", hf_token_path="${SECRET}", api_key="${SECRET}")\n`, "python")).toEqual([]);
  });
});

describe("use_auth_token=, the libraries' former name of token=", () => {
  const slots = ALL_PYTHON_SLOTS.filter((slot) => slot.parameter === "token");
  it.each(slots.map((slot) => [slot.callee, slot] as const))("%s(use_auth_token=…)", (callee) => {
    expect(sinksOf(`from ${PYTHON_TOKEN_PACKAGES[0]} import something\nresult = ${callee}(use_auth_token="${SECRET}")\n`, "python")).toContainEqual({ name: `${callee}(use_auth_token=)`, value: SECRET });
  });
});

describe("pythonImports", () => {
  it("maps each imported name to its module", () => {
    const imports = pythonImports(`from diffusers import (\n    StableDiffusionPipeline as SD,\n    DDIMScheduler,\n)\nimport timm, torch as T\nimport huggingface_hub.utils as hub_utils\nimport llama_index.llms.huggingface_api\nfrom x import *\n`);
    expect(Object.fromEntries(imports)).toEqual({
      SD: "diffusers",
      DDIMScheduler: "diffusers",
      timm: "timm",
      T: "torch",
      hub_utils: "huggingface_hub.utils",
      llama_index: "llama_index",
    });
  });
  it("gives each call its first name", () => {
    const calls = pythonCallArguments(`a.b.c(1)\nd(2)\nload()(3)\nx[0].y(4)\n`);
    expect(calls.map((call) => [call.callee, call.root])).toEqual([
      ["c", "a"],
      ["d", "d"],
      ["load", "load"],
      ["y", undefined],
    ]);
  });
});

describe("env lists written as name and value (Kubernetes EnvVar, ECS KeyValuePair, Cloud Run)", () => {
  it("YAML: `- name: HF_TOKEN` then `value:` under it", () => {
    const text = `containers:\n  - name: app\n    env:\n      - name: HF_TOKEN\n        value: "${SECRET}"\n      - name: MODEL\n        value: gpt2\n`;
    expect(sinksOf(text, "yaml")).toEqual([{ name: "HF_TOKEN", value: SECRET }]);
    const found = findTextSinks(text, "yaml")[0];
    expect(found && text.slice(found.start, found.end)).toBe(SECRET);
  });
  it("YAML: not another name's value, a secret reference, or a value of an outer entry", () => {
    expect(sinksOf(`env:\n  - name: MODEL_ID\n    value: "${SECRET}"\n`, "yaml")).toEqual([]);
    expect(sinksOf(`env:\n  - name: HF_TOKEN\n    valueFrom:\n      secretKeyRef:\n        name: hf\n        key: token\n`, "yaml")).toEqual([]);
    expect(sinksOf(`env:\n  - name: HF_TOKEN\n    valueFrom: {}\nvalue: "${SECRET}"\n`, "yaml")).toEqual([]);
  });
  it("JSON: one object, on one line or several", () => {
    expect(sinksOf(`{ "environment": [{ "name": "HF_TOKEN", "value": "${SECRET}" }] }`, "json")).toEqual([{ name: "HF_TOKEN", value: SECRET }]);
    expect(sinksOf(`[\n  {\n    "name": "HUGGING_FACE_HUB_TOKEN",\n    "value": "${SECRET}"\n  }\n]\n`, "json")).toEqual([{ name: "HUGGING_FACE_HUB_TOKEN", value: SECRET }]);
    expect(sinksOf(`[{ "name": "MODEL_ID", "value": "${SECRET}" }]`, "json")).toEqual([]);
  });
});

describe("a variable given on a command line", () => {
  it.each([
    ["docker run -e", "env", `docker run -e HF_TOKEN=${SECRET} ghcr.io/huggingface/text-generation-inference\n`],
    ["docker run --env=", "env", `docker run --env="HF_TOKEN=${SECRET}" image\n`],
    ["docker build --build-arg", "env", `docker build --build-arg HF_TOKEN=${SECRET} .\n`],
    ["gcloud --set-env-vars", "env", `gcloud run deploy app --set-env-vars HF_TOKEN=${SECRET},MODEL=gpt2\n`],
    ["a workflow step", "yaml", `      - run: docker run -e HF_TOKEN=${SECRET} image\n`],
    ["a Dockerfile RUN", "dockerfile", `RUN docker run -e HF_TOKEN=${SECRET} image\n`],
  ] as const)("%s", (_name, format, text) => {
    expect(sinksOf(text, format)).toContainEqual({ name: "HF_TOKEN", value: SECRET });
  });
  it("not a variable read, or another name", () => {
    expect(sinksOf(`docker run -e HF_TOKEN=$HF_TOKEN -e MODEL=${SECRET} image\n`, "env")).toEqual([]);
  });
});

describe("a TOML inline table", () => {
  it("`env = { HF_TOKEN = \"…\" }`, as MCP client configs write it", () => {
    expect(sinksOf(`[mcp_servers.hf]\ncommand = "npx"\nenv = { MODEL = "gpt2", HF_TOKEN = "${SECRET}" }\n`, "toml")).toEqual([{ name: "HF_TOKEN", value: SECRET }]);
    expect(sinksOf(`env = { MODEL = "${SECRET}" }\n`, "toml")).toEqual([]);
  });
});

describe("a password in a URL to Hugging Face", () => {
  it.each([
    ["shell", "env", (host: string) => `git push https://user:${SECRET}@${host}/spaces/org/app main\n`],
    ["workflow", "yaml", (host: string) => `      - run: git remote add space https://org:${SECRET}@${host}/spaces/org/app\n`],
    ["Python", "python", (host: string) => `subprocess.run(["git", "clone", "https://user:${SECRET}@${host}/org/model"])\n`],
    ["Dockerfile", "dockerfile", (host: string) => `RUN git clone https://user:${SECRET}@${host}/org/model /model\n`],
  ] as const)("%s: on Hugging Face's hosts, not another or a look-alike", (_name, format, use) => {
    expect(sinksOf(use("huggingface.co"), format)).toContainEqual({ name: "the password of a URL to huggingface.co", value: SECRET });
    expect(sinksOf(use("hf.co"), format)).toContainEqual({ name: "the password of a URL to hf.co", value: SECRET });
    expect(sinksOf(use("github.com"), format)).toEqual([]);
    expect(sinksOf(use("huggingface.co.example.net"), format)).toEqual([]);
  });
  it("not a variable", () => {
    expect(sinksOf(`git push https://user:$HF_TOKEN@huggingface.co/spaces/org/app main\n`, "env")).toEqual([]);
    expect(sinksOf(`git push "https://user:\${HF_TOKEN}@huggingface.co/spaces/org/app" main\n`, "env")).toEqual([]);
  });
});
