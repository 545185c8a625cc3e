// pm2 process file for `npm run prod`. The app listens and reports ready (process.send('ready'))
// once its database is connected, so `pm2 reload` starts the new process before stopping the old.
// More than one instance needs REDIS_URL so Socket.IO rooms span the processes.
module.exports = {
  apps: [
    {
      name: 'huddle',
      script: 'backend/dist/server.js',
      cwd: __dirname,
      exec_mode: 'cluster',
      instances: Number(process.env.WEB_CONCURRENCY) || 1,
      wait_ready: true,
      listen_timeout: 20_000,
      kill_timeout: 12_000,
      max_memory_restart: '512M',
      env: {
        NODE_ENV: 'production',
      },
    },
  ],
};
