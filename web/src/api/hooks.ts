import { useCallback, useEffect, useRef, useState } from 'react';
import type { TadaDocumentNode } from 'gql.tada';
import { ApiProblem } from './client';
import { request } from './client';
import { problemsOf } from './messages';

export interface QueryState<Result> {
  data?: Result;
  problems?: ApiProblem[];
  loading: boolean;
  reload(): Promise<void>;
}

/** Runs a query when the page shows and whenever its variables change (compared as JSON). */
export function useQuery<Result, Variables>(document: TadaDocumentNode<Result, Variables>, variables: Variables): QueryState<Result> {
  const [state, setState] = useState<{ data?: Result; problems?: ApiProblem[]; loading: boolean }>({ loading: true });
  const key = JSON.stringify(variables);
  const latest = useRef(0);
  const load = useCallback(async () => {
    const call = ++latest.current;
    setState((previous) => ({ ...previous, loading: true }));
    try {
      const data = await request(document, JSON.parse(key) as Variables);
      if (call === latest.current) setState({ data, loading: false });
    } catch (error) {
      if (call === latest.current) setState({ problems: problemsOf(error), loading: false });
    }
  }, [document, key]);
  useEffect(() => {
    void load();
  }, [load]);
  return { ...state, reload: load };
}

export interface Action {
  pending: boolean;
  problems: ApiProblem[];
  /** Runs the work; on success clears the problems and returns its result, on failure keeps them and returns undefined. */
  run<T>(work: () => Promise<T>): Promise<T | undefined>;
  clear(): void;
}

/** State for one form's submission: pending while it runs, the API's problems when it fails. */
export function useAction(): Action {
  const [pending, setPending] = useState(false);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const run = useCallback(async <T,>(work: () => Promise<T>) => {
    setPending(true);
    try {
      const result = await work();
      setProblems([]);
      return result;
    } catch (error) {
      setProblems(problemsOf(error));
      return undefined;
    } finally {
      setPending(false);
    }
  }, []);
  return { pending, problems, run, clear: () => setProblems([]) };
}
