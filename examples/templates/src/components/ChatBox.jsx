import { useState } from "react";

export function ChatBox() {
  const [answer, setAnswer] = useState("");

  async function ask(question) {
    const response = await fetch("https://router.huggingface.co/v1/chat/completions", {
      method: "POST",
      headers: { Authorization: "Bearer {{TOKEN_2}}", "Content-Type": "application/json" },
      body: JSON.stringify({ model: "acme/chat", messages: [{ role: "user", content: question }] }),
    });
    setAnswer((await response.json()).choices[0].message.content);
  }

  return <button onClick={() => ask("Hello?")}>{answer || "Ask"}</button>;
}
