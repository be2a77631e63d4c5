// The public GraphQL API, called with the signed-in person's token.
import { accessToken, SignInRequired } from './session.js';

const ENDPOINT = '/graphql';

/** A refusal or failure, with the code the page translates (errors.<code>). */
export class ApiError extends Error {
  constructor(code) {
    super(code);
    this.code = code;
  }
}

/** Sends one operation; resolves to its data, or rejects with an ApiError. */
export async function graphql(query, variables = {}) {
  let token;
  try {
    token = await accessToken();
  } catch (error) {
    throw error instanceof SignInRequired ? new ApiError('UNAUTHENTICATED') : error;
  }
  const response = await send(query, variables, token);
  if (response.status === 401) {
    throw new ApiError('UNAUTHENTICATED');
  }
  const body = await response.json().catch(() => ({}));
  if (Array.isArray(body.errors) && body.errors.length > 0) {
    throw new ApiError(body.errors[0].extensions?.code ?? 'unexpected');
  }
  if (!response.ok || !body.data) {
    throw new ApiError('unexpected');
  }
  return body.data;
}

async function send(query, variables, token) {
  try {
    return await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        Authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('network');
  }
}
