using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace XanoLink.Git.Tests.Publish;

/// <summary><c>git daemon</c> serving a folder of bare repositories on a free local port, read and write; stopped on dispose.</summary>
internal sealed class GitDaemon : IDisposable
{
    private readonly Process process;

    public GitDaemon(string basePath)
    {
        Port = FreePort();
        var start = new ProcessStartInfo("git") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "daemon", "--reuseaddr", "--export-all", "--enable=receive-pack", $"--base-path={basePath}", "--listen=127.0.0.1", $"--port={Port}", basePath })
        {
            start.ArgumentList.Add(arg);
        }

        process = Process.Start(start)!;
        WaitUntilListening();
    }

    public int Port { get; }

    public string Url(string name) => $"git://127.0.0.1:{Port}/{name}";

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void WaitUntilListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException("git daemon exited: " + process.StandardError.ReadToEnd());
                }

                Thread.Sleep(50);
            }
        }

        throw new TimeoutException($"git daemon did not listen on port {Port}");
    }
}
