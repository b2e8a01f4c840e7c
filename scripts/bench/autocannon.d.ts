// The parts of autocannon 9's programmatic API the benchmark uses (the package ships no types).
declare module "autocannon" {
  type Request = {
    path?: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    setupRequest?: (request: Record<string, unknown>) => Record<string, unknown>;
  };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    requests?: Request[];
  };
  type Result = { timeouts: number; errors: number; non2xx: number };
  type Instance = PromiseLike<Result> & {
    on(
      event: "response",
      listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void,
    ): Instance;
    on(event: "reqError", listener: (error: Error) => void): Instance;
  };
  function autocannon(options: Options): Instance;
  export default autocannon;
}
