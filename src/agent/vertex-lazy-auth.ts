import { GoogleAuth } from 'google-auth-library';

/**
 * GoogleAuth whose `getClient()` starts looking for credentials only when first awaited.
 * AnthropicVertex calls `getClient()` in its constructor; on a machine without Google credentials
 * that lookup ends by probing the GCE metadata server over the network, and its rejection would go
 * unhandled until the first request. Deferring it keeps construction free of I/O.
 */
export class LazyGoogleAuth extends GoogleAuth {
  #started?: ReturnType<GoogleAuth['getClient']>;

  override getClient(): ReturnType<GoogleAuth['getClient']> {
    const start = () => (this.#started ??= super.getClient());
    const lazy: PromiseLike<Awaited<ReturnType<GoogleAuth['getClient']>>> & Partial<Promise<unknown>> = {
      // biome-ignore lint/suspicious/noThenProperty: a deliberate thenable: awaiting it starts the lookup
      then: (onFulfilled, onRejected) => start().then(onFulfilled, onRejected),
      catch: (onRejected) => start().catch(onRejected),
      finally: (onFinally) => start().finally(onFinally),
    };
    return lazy as ReturnType<GoogleAuth['getClient']>;
  }
}
