namespace XanoLink.Files;

/// <summary>
/// A file of a workspace, from a folder or a Git tree. The blob id (Git's object id of the content)
/// lets callers skip parsing and diffing files whose content has not changed.
/// </summary>
public sealed class SourceFile
{
    private readonly Func<byte[]> read;
    private readonly Lazy<string> blobId;

    public SourceFile(string path, long size, Func<byte[]> read, string? blobId = null, string? linkProblem = null)
    {
        Path = path;
        Size = size;
        this.read = read;
        LinkProblem = linkProblem;
        this.blobId = blobId is null
            ? new Lazy<string>(() => GitBlobId.Of(read()))
            : new Lazy<string>(blobId);
    }

    /// <summary>Path relative to the workspace root, '/' separated.</summary>
    public string Path { get; }

    public long Size { get; }

    public string BlobId => blobId.Value;

    /// <summary>Set when the file is a symbolic link whose target leaves the workspace; its content is never read.</summary>
    public string? LinkProblem { get; }

    public byte[] ReadAllBytes() => read();
}
