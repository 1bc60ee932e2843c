import { mountSdkHost } from './sdk-host.tsx';

mountSdkHost();
