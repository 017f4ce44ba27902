export declare function makeFakeToken(
  seed: number,
  options?: {
    prefix?: "hf_" | "api_org_" | "hf_oauth_";
    alphabet?: "letters" | "letters-and-digits";
    isPlaceholder?: (token: string) => boolean;
  },
): string;

export declare function makeFakeJwtToken(seed: number, options?: { prefix?: "hf_jwt_" | "hf_oauth_" }): string;
