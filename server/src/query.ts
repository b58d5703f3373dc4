import { AdapterError } from '../../src/adapters/errors.js';

/** Reads typed values from a query string; a malformed value is a 422 naming the parameter. */
export class Query {
  constructor(private readonly params: URLSearchParams) {}

  str(name: string): string | undefined {
    const value = this.params.get(name);
    return value === null || value === '' ? undefined : value;
  }

  list(name: string): string[] | undefined {
    const values = this.params.getAll(name).filter((v) => v !== '');
    return values.length ? values : undefined;
  }

  bool(name: string): boolean | undefined {
    const value = this.str(name);
    if (value === undefined) return undefined;
    if (value === 'true' || value === 'false') return value === 'true';
    throw invalid(name);
  }

  /** `cursor` and `limit` for list endpoints. */
  page(): { cursor?: string; limit?: number } {
    const limit = this.str('limit');
    if (limit !== undefined && !/^\d+$/.test(limit)) throw invalid('limit');
    return { cursor: this.str('cursor'), limit: limit === undefined ? undefined : Number(limit) };
  }

  required(name: string): string {
    const value = this.str(name);
    if (value === undefined) {
      throw new AdapterError('validation', `Query parameter ${name} is required`, { fieldErrors: { [name]: { code: 'required' } } });
    }
    return value;
  }
}

function invalid(name: string): AdapterError {
  return new AdapterError('validation', `Query parameter ${name} is malformed`, { fieldErrors: { [name]: { code: 'invalid' } } });
}
