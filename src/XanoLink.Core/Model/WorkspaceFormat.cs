namespace XanoLink.Model;

/// <summary>The two file formats of a workspace: XanoLink's JSON (docs/format.md) and Xano's XanoScript (docs/xanoscript.md).</summary>
public enum WorkspaceFormat
{
    Json,
    XanoScript,
}
