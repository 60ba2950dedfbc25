package io.framewise.status.domain.column;

import io.framewise.events.ImageAsset;
import jakarta.persistence.Converter;

/** {@link ImageAsset} (the GIF, the WebP) as JSON. */
@Converter
public class ImageAssetColumn extends JsonColumn<ImageAsset> {

    public ImageAssetColumn() {
        super(types -> types.constructType(ImageAsset.class));
    }
}
