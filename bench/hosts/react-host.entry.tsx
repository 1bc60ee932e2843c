import { mountReactHost } from './react-host.tsx';

mountReactHost();
