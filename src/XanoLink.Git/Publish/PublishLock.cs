using System.Globalization;
using XanoLink.Diagnostics;

namespace XanoLink.Git.Publish;

/// <summary>
/// One publish at a time per tenant repository: <c>&lt;git dir&gt;/xanolink-publish.lock</c>, created exclusively and holding
/// pid, host and start time. A second publish waits up to the timeout, then that tenant fails naming the holder.
/// </summary>
internal sealed class PublishLock : IDisposable
{
    public const string FileName = "xanolink-publish.lock";

    private readonly FileStream stream;

    private PublishLock(string path, FileStream stream)
    {
        Path = path;
        this.stream = stream;
    }

    public string Path { get; }

    /// <param name="notes">Gets a line when a lock left by a killed publish was cleared.</param>
    public static PublishLock Acquire(string gitDir, TimeSpan timeout, List<string>? notes = null)
    {
        var path = System.IO.Path.Combine(gitDir, FileName);
        var deadline = DateTime.UtcNow + timeout;
        var wait = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 4096, FileOptions.DeleteOnClose);
                var text = string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId}\nhost {Environment.MachineName}\nsince {DateTimeOffset.Now:yyyy-MM-ddTHH:mm:sszzz}\n");
                stream.Write(System.Text.Encoding.UTF8.GetBytes(text));
                stream.Flush();
                return new PublishLock(path, stream);
            }
            catch (IOException) when (File.Exists(path))
            {
                if (IsStale(path))
                {
                    // The holder on this machine is gone (killed mid-publish): every prefix of its ref moves is a state the
                    // next run completes, so its lock, and the git lock files it left, are safe to clear. The git locks go
                    // first (clearing may wait for one to age): a run killed meanwhile leaves the dead lock in place, and
                    // the next run clears them again; deleted first, nothing would ever clear them.
                    var holder = Holder(path);
                    var since = Since(path);
                    FaultPoints.Reach(FaultPoints.StaleLockFound);
                    var cleared = GitLocks.ClearLeftBy(gitDir, since);
                    TryDeleteIfStill(path, holder);
                    notes?.Add($"{DiagnosticCatalog.StaleLockCleared.Code}: cleared the lock of a publish that was killed ({holder})"
                        + (cleared.Count == 0 ? "" : $" and the git lock files it left: {string.Join(", ", cleared)}"));
                    continue;
                }

                if (DateTime.UtcNow >= deadline)
                {
                    throw new TenantFailure(DiagnosticCatalog.TenantLocked, $"it is locked by another publish ({Holder(path)}); wait, or remove {path} if that process is gone");
                }

                Thread.Sleep(wait);
                wait = TimeSpan.FromMilliseconds(Math.Min(wait.TotalMilliseconds * 2, 1000));
            }
        }
    }

    public void Dispose() => stream.Dispose();

    private static bool IsStale(string path)
    {
        var fields = Fields(path);
        if (fields is null || fields.GetValueOrDefault("host") != Environment.MachineName
            || !int.TryParse(fields.GetValueOrDefault("pid"), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return false;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    // Only the dead holder's lock: another waiter may have cleared it and taken the lock meanwhile.
    private static void TryDeleteIfStill(string path, string holder)
    {
        if (Holder(path) != holder)
        {
            return;
        }

        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Another waiter broke it first.
        }
    }

    private static Dictionary<string, string>? Fields(string path)
    {
        try
        {
            return File.ReadAllLines(path).Select(l => l.Split(' ', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static DateTimeOffset? Since(string path) =>
        Fields(path)?.GetValueOrDefault("since") is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var since) ? since : null;

    private static string Holder(string path)
    {
        var lines = Fields(path);
        return lines is null ? "holder unknown" : $"pid {lines.GetValueOrDefault("pid", "?")} on {lines.GetValueOrDefault("host", "?")} since {lines.GetValueOrDefault("since", "?")}";
    }
}
