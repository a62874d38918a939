namespace XanoLink.Files;

/// <summary>The only two ways in: a folder on disk, or a tree of a Git commit.</summary>
public interface IFileSource
{
    /// <summary>Says where the files come from, for messages: a folder path or "REF:subdir".</summary>
    string Description { get; }

    /// <summary>Every file below the workspace root, in ordinal path order.</summary>
    IReadOnlyList<SourceFile> Files();
}
