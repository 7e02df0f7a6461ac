namespace HealLink.Core.Tests.Matching.Embeddings.Onnx;

/// <summary>
/// Where tools/fetch-onnxruntime.sh puts ONNX Runtime in the clone. A missing library is an error, not a reason
/// to skip: CI fetches it, so a skip would only hide a broken set-up. Also compiled into the benchmarks.
/// </summary>
internal static class NativeOnnxRuntime
{
    public static string RequireLibrary()
    {
        var path = Path.Combine(RepositoryRoot.Path, "native", "onnxruntime", "libonnxruntime.so.1");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException(
                $"ONNX Runtime is not at '{path}'. Run tools/fetch-onnxruntime.sh (CI runs it) to fetch it.", path);
    }
}
