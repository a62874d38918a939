using System.Diagnostics;

namespace XanoLink.Bench;

/// <summary>Running the built CLI and other programs as a user would, for benchmarks that time whole processes.</summary>
internal static class Cli
{
    /// <summary>Runs a process to its end, output read and discarded; a failure stops the bench.</summary>
    public static int Exec(string file, string? cwd, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (cwd is not null)
        {
            start.WorkingDirectory = cwd;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var length = process.StandardOutput.ReadToEnd().Length;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {error.Result}");
        }

        return length;
    }

    /// <summary>The Release build of the CLI in this repository.</summary>
    public static string Default() => Path.Combine(RepositoryRoot(), "src", "XanoLink.Cli", "bin", "Release", "net10.0", "xanolink.dll");

    /// <summary>A script of bench/scripts.</summary>
    public static string Script(string name) => Path.Combine(RepositoryRoot(), "bench", "scripts", name);

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "XanoLink.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? ".";
    }
}
