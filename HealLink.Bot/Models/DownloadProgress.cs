namespace HealLink.Bot.Models;

/// <summary>How far one file's download is; <see cref="BytesDone"/> counts bytes kept from an earlier, resumed run.</summary>
public readonly record struct DownloadProgress(string FileName, long BytesDone, long TotalBytes);
