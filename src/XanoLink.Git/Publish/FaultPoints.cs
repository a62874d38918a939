namespace XanoLink.Git.Publish;

/// <summary>
/// Named points of a tenant's transaction where a test can stop a publish as a kill would (the model-based test, the
/// kill tests): after the objects, after each ref move. Unset, it costs one read of an AsyncLocal per point.
/// </summary>
internal static class FaultPoints
{
    public const string ObjectsWritten = "objects-written";
    public const string BranchMoved = "branch-moved";
    public const string SnapshotRefMoved = "snapshot-ref-moved";
    public const string LiveMoved = "live-moved";

    private static readonly AsyncLocal<Action<string>?> Hook = new();

    /// <summary>Called at each point with its name, on this logical flow only (parallel tests do not see each other's).</summary>
    public static Action<string>? Current
    {
        get => Hook.Value;
        set => Hook.Value = value;
    }

    public static void Reach(string point) => Hook.Value?.Invoke(point);
}
