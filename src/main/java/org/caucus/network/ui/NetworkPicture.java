package org.caucus.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/** Server side of the {@code <network-picture>} web component in {@code frontend/network-picture.ts}. */
@Tag("network-picture")
@NpmPackage(value = "cytoscape", version = "3.34.4")
@JsModule("./network-picture.ts")
class NetworkPicture extends Component implements HasSize {

    /** Draws the picture anew from what {@link PictureJson} wrote. */
    void show(String pictureJson) {
        getElement().setProperty("pictureJson", pictureJson);
    }

    String shown() {
        return getElement().getProperty("pictureJson", "");
    }

    Registration addNodeSelectedListener(ComponentEventListener<NodeSelected> listener) {
        return addListener(NodeSelected.class, listener);
    }

    /** The analyst clicked a node. */
    @DomEvent("node-selected")
    public static class NodeSelected extends ComponentEvent<NetworkPicture> {

        private final String nodeId;

        public NodeSelected(NetworkPicture source, boolean fromClient, @EventData("event.detail.id") String nodeId) {
            super(source, fromClient);
            this.nodeId = nodeId;
        }

        String nodeId() {
            return nodeId;
        }
    }
}
