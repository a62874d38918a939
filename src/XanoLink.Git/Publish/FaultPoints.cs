namespace XanoLink.Git.Publish;

/// <summary>
/// Named points of a tenant's transaction where a test can stop a publish as a kill would: in process through
/// <see cref="Current"/> (the model-based test), or from outside (scripts/kill-test.sh) with
/// <c>XANOLINK_TEST_PAUSE_AT=POINT</c>: the process writes <c>XANOLINK_TEST_PAUSE_MARKER</c> and waits there to be killed.
/// At <see cref="LiveLocked"/> it first takes git's lock file of the live ref, as libgit2 holds it while it moves the ref,
/// so a kill leaves that lock behind. Unset, each point costs one read of an AsyncLocal and a string compare.
/// </summary>
internal static class FaultPoints
{
    public const string PackPlaced = "pack-placed";
    public const string ObjectsWritten = "objects-written";
    public const string BranchMoved = "branch-moved";
    public const string SnapshotRefMoved = "snapshot-ref-moved";
    public const string LiveLocked = "live-locked";
    public const string LiveMoved = "live-moved";

    /// <summary>A publish found the lock of a killed one and is about to clear what that one left.</summary>
    public const string StaleLockFound = "stale-lock-found";

    private static readonly AsyncLocal<Action<string>?> Hook = new();
    private static readonly string? PauseAt = Environment.GetEnvironmentVariable("XANOLINK_TEST_PAUSE_AT");

    /// <summary>Called at each point with its name, on this logical flow only (parallel tests do not see each other's).</summary>
    public static Action<string>? Current
    {
        get => Hook.Value;
        set => Hook.Value = value;
    }

    /// <param name="gitDir">The tenant's git dir, and <paramref name="lockedRef"/> the ref about to move (for <see cref="LiveLocked"/>).</param>
    public static void Reach(string point, string? gitDir = null, string? lockedRef = null)
    {
        Hook.Value?.Invoke(point);
        if (PauseAt != point)
        {
            return;
        }

        if (gitDir is not null && lockedRef is not null)
        {
            File.WriteAllText(Path.Combine(gitDir, lockedRef + ".lock"), "");
        }

        if (Environment.GetEnvironmentVariable("XANOLINK_TEST_PAUSE_MARKER") is { Length: > 0 } marker)
        {
            File.WriteAllText(marker, point);
        }

        Thread.Sleep(TimeSpan.FromMinutes(5));
    }
}
