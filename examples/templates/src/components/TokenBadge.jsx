// A client component: Vite inlines VITE_* variables into the browser bundle.
export function TokenBadge() {
  const token = import.meta.env.VITE_HF_TOKEN;
  return <span title="Hugging Face">{token ? "connected" : "offline"}</span>;
}
