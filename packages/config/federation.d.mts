export declare const sharedSingletons: Record<string, { singleton: true; requiredVersion: string }>;
export declare const REMOTE_APP: './App';
export declare const apolloSurface: Record<'@apollo/client' | '@apollo/client/react', readonly string[]>;
