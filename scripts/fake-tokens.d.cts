export declare function makeFakeToken(
  seed: number,
  options?: {
    prefix?: "hf_" | "api_org_";
    alphabet?: "letters" | "letters-and-digits";
    isPlaceholder?: (token: string) => boolean;
  },
): string;
