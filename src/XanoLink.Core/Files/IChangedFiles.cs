namespace XanoLink.Files;

/// <summary>
/// An optional capability of an <see cref="IFileSource"/>: finding the files that may differ from another source
/// without listing both in full. Two trees of one Git repository can skip every identical subtree, as
/// <c>git diff</c> does, so the cost follows the size of the change instead of the size of the workspace.
/// </summary>
public interface IChangedFiles
{
    /// <summary>
    /// The files of this source (Left) and of <paramref name="other"/> (Right), each in ordinal path order, that
    /// may differ: every file that one side lacks or whose content differs is in them, and every file outside them
    /// is on both sides with the same content. Null when this source cannot tell for <paramref name="other"/>;
    /// the caller then compares both full listings.
    /// </summary>
    FileCandidates? ChangedAgainst(IFileSource other);
}

/// <summary>Files of two sources that may differ; see <see cref="IChangedFiles.ChangedAgainst"/>.</summary>
public sealed record FileCandidates(IReadOnlyList<SourceFile> Left, IReadOnlyList<SourceFile> Right);
