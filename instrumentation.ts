// Runs once when the server starts: bad configuration stops it before the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./lib/env");
    try {
      env();
    } catch (error) {
      console.error((error as Error).message);
      process.exit(1);
    }
  }
}
