namespace XanoLink.Files;

/// <summary>
/// A file of a workspace, from a folder or a Git tree. The blob id (Git's object id of the content)
/// lets callers skip parsing and diffing files whose content has not changed.
/// </summary>
public sealed class SourceFile
{
    private readonly Func<byte[]> read;
    private readonly Lazy<string> blobId;
    private readonly Lazy<long>? size;
    private readonly long knownSize;

    public SourceFile(string path, long size, Func<byte[]> read, string? blobId = null, string? linkProblem = null)
        : this(path, read, blobId, linkProblem) => knownSize = size;

    /// <summary>A file whose size is found only when asked (a Git blob's header is not free for 50,000 files).</summary>
    public SourceFile(string path, Func<long> size, Func<byte[]> read, string? blobId = null, string? linkProblem = null)
        : this(path, read, blobId, linkProblem) => this.size = new Lazy<long>(size);

    private SourceFile(string path, Func<byte[]> read, string? blobId, string? linkProblem)
    {
        Path = path;
        this.read = read;
        LinkProblem = linkProblem;
        this.blobId = blobId is null
            ? new Lazy<string>(() => GitBlobId.Of(read()))
            : new Lazy<string>(blobId);
    }

    /// <summary>Path relative to the workspace root, '/' separated.</summary>
    public string Path { get; }

    public long Size => size?.Value ?? knownSize;

    public string BlobId => blobId.Value;

    /// <summary>True when <see cref="BlobId"/> costs nothing (given, as by a Git tree, or already computed).</summary>
    internal bool BlobIdIsKnown => blobId.IsValueCreated;

    /// <summary>Set when the file is a symbolic link whose target leaves the workspace; its content is never read.</summary>
    public string? LinkProblem { get; }

    public byte[] ReadAllBytes() => read();
}
