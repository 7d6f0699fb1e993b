export declare const sharedSingletons: Record<string, { singleton: true; requiredVersion: string }>;
export declare const REMOTE_APP: './App';
