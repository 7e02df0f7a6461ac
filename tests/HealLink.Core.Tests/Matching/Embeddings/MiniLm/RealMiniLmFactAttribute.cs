namespace HealLink.Core.Tests.Matching.Embeddings.MiniLm;

/// <summary>
/// A test that needs the real all-MiniLM-L6-v2 ONNX file in ../shared/models. Model weights cannot be downloaded on
/// our machines, so it is skipped, and says so in the test report, wherever the file is absent.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class RealMiniLmFactAttribute : FactAttribute
{
    public RealMiniLmFactAttribute()
    {
        if (ModelPath is null)
        {
            Skip = "The real all-MiniLM-L6-v2 ONNX file is not in ../shared/models/all-MiniLM-L6-v2 (model.onnx or onnx/model.onnx).";
        }
    }

    /// <summary>The fp32 model first: it is what the quality figures are for.</summary>
    public static string? ModelPath =>
        new[] { "model.onnx", Path.Combine("onnx", "model.onnx"), Path.Combine("onnx", "model_quantized.onnx") }
            .Select(file => SharedModels.Path("all-MiniLM-L6-v2", file))
            .FirstOrDefault(File.Exists);
}
